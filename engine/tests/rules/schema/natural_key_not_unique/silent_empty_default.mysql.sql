-- ZoneMinder: Email defaults to the empty string; a UNIQUE would let one user only leave it blank.
CREATE TABLE `Users` (
  `Id` int(10) unsigned NOT NULL auto_increment,
  `Username` varchar(32) character set latin1 collate latin1_bin NOT NULL default '',
  `Email`    varchar(64) NOT NULL default '',
  PRIMARY KEY  (`Id`),
  UNIQUE KEY `UC_Username` (`Username`)
) ENGINE=InnoDB;
