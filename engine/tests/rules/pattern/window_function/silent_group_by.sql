-- A plain aggregate with GROUP BY: there is no window at all.
SELECT department_id, sum(salary) AS payroll
FROM employees
GROUP BY department_id
ORDER BY payroll DESC;
