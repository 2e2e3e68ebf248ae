pub const NAME: &str = "security";
