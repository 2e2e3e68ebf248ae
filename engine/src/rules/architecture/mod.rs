pub const NAME: &str = "architecture";
