pub const NAME: &str = "pattern";
