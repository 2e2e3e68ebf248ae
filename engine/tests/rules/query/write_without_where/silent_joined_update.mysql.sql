-- MySQL's joined UPDATE: the join to the per-monitor totals selects the rows to change.
UPDATE Monitor_Status INNER JOIN (SELECT MonitorId, COUNT(Id) AS TotalEvents FROM Events GROUP BY MonitorId) AS E ON E.MonitorId = Monitor_Status.MonitorId SET Monitor_Status.TotalEvents = E.TotalEvents;
