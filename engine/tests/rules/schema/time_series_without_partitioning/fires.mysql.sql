-- ZoneMinder-like: an events table with no foreign keys, growing by the minute.
CREATE TABLE `Events` (
  `Id` bigint unsigned NOT NULL auto_increment,
  `MonitorId` int(10) unsigned NOT NULL default '0',
  `StartDateTime` datetime default NULL,
  `EndDateTime` datetime default NULL,
  PRIMARY KEY (`Id`),
  KEY `Events_StartDateTime_idx` (`StartDateTime`)
) ENGINE=InnoDB;
