-- A window without ORDER BY: a per-group total repeated on each row, not a running calculation.
SELECT department_id, employee_id, salary,
       sum(salary) OVER (PARTITION BY department_id) AS department_payroll
FROM employees;
