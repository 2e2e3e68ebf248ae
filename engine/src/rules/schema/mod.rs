pub const NAME: &str = "schema";
