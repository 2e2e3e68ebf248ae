-- A typo the parser cannot read past.
SELEC id FROM orders;
