pub const NAME: &str = "migration";
