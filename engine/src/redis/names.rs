//! The Redis commands and configuration directives the reader knows; a line
//! starting with anything else is reported, not guessed at.

/// Commands, upper-case.
pub const COMMANDS: &[&str] = &[
    // keys
    "DEL", "UNLINK", "EXISTS", "EXPIRE", "PEXPIRE", "EXPIREAT", "PEXPIREAT", "PERSIST", "TTL", "PTTL", "EXPIRETIME",
    "KEYS", "SCAN", "TYPE", "RENAME", "RENAMENX", "RANDOMKEY", "DUMP", "RESTORE", "MOVE", "COPY", "OBJECT", "TOUCH",
    // strings
    "GET", "SET", "SETEX", "PSETEX", "SETNX", "GETSET", "GETEX", "GETDEL", "MGET", "MSET", "MSETNX", "INCR", "INCRBY",
    "INCRBYFLOAT", "DECR", "DECRBY", "APPEND", "STRLEN", "GETRANGE", "SETRANGE", "SETBIT", "GETBIT", "BITCOUNT",
    // hashes
    "HGET", "HSET", "HSETNX", "HMSET", "HMGET", "HGETALL", "HDEL", "HEXISTS", "HINCRBY", "HINCRBYFLOAT", "HKEYS",
    "HVALS", "HLEN", "HSCAN", "HEXPIRE", "HSTRLEN", "HRANDFIELD",
    // lists
    "LPUSH", "RPUSH", "LPUSHX", "RPUSHX", "LPOP", "RPOP", "BLPOP", "BRPOP", "LMOVE", "BLMOVE", "RPOPLPUSH",
    "BRPOPLPUSH", "LRANGE", "LLEN", "LINDEX", "LSET", "LREM", "LTRIM", "LINSERT", "LPOS",
    // sets
    "SADD", "SREM", "SMEMBERS", "SISMEMBER", "SMISMEMBER", "SCARD", "SPOP", "SRANDMEMBER", "SINTER", "SUNION",
    "SDIFF", "SINTERSTORE", "SUNIONSTORE", "SDIFFSTORE", "SSCAN", "SMOVE", "SINTERCARD",
    // sorted sets
    "ZADD", "ZREM", "ZRANGE", "ZREVRANGE", "ZRANGEBYSCORE", "ZREVRANGEBYSCORE", "ZRANGEBYLEX", "ZRANK", "ZREVRANK",
    "ZSCORE", "ZMSCORE", "ZCARD", "ZCOUNT", "ZINCRBY", "ZPOPMIN", "ZPOPMAX", "BZPOPMIN", "BZPOPMAX", "ZSCAN",
    "ZREMRANGEBYSCORE", "ZREMRANGEBYRANK", "ZUNIONSTORE", "ZINTERSTORE", "ZRANGESTORE",
    // streams, pub/sub, geo, hyperloglog
    "XADD", "XREAD", "XREADGROUP", "XRANGE", "XREVRANGE", "XLEN", "XACK", "XGROUP", "XTRIM", "XDEL", "XPENDING",
    "XCLAIM", "XAUTOCLAIM", "XINFO", "PUBLISH", "SUBSCRIBE", "PSUBSCRIBE", "UNSUBSCRIBE", "SPUBLISH", "SSUBSCRIBE",
    "GEOADD", "GEOSEARCH", "GEODIST", "GEOPOS", "GEORADIUS", "PFADD", "PFCOUNT", "PFMERGE",
    // transactions and scripting
    "MULTI", "EXEC", "DISCARD", "WATCH", "UNWATCH", "EVAL", "EVALSHA", "EVAL_RO", "SCRIPT", "FUNCTION", "FCALL",
    // server and connection
    "SELECT", "PING", "ECHO", "AUTH", "HELLO", "QUIT", "CLIENT", "INFO", "DBSIZE", "FLUSHDB", "FLUSHALL", "SAVE",
    "BGSAVE", "BGREWRITEAOF", "LASTSAVE", "CONFIG", "MONITOR", "SLOWLOG", "MEMORY", "LATENCY", "TIME", "DEBUG",
    "SHUTDOWN", "REPLICAOF", "SLAVEOF", "CLUSTER", "READONLY", "WAIT", "ACL", "COMMAND", "SORT", "SWAPDB",
    // modules commonly taught
    "JSON.SET", "JSON.GET", "JSON.DEL", "FT.CREATE", "FT.SEARCH", "BF.ADD", "BF.EXISTS", "TS.ADD", "TS.RANGE",
];

/// redis.conf directives, lower-case.
pub const DIRECTIVES: &[&str] = &[
    "bind", "port", "protected-mode", "requirepass", "masterauth", "timeout", "tcp-keepalive", "daemonize",
    "loglevel", "logfile", "databases", "save", "stop-writes-on-bgsave-error", "rdbcompression", "dbfilename",
    "dir", "appendonly", "appendfilename", "appendfsync", "no-appendfsync-on-rewrite", "auto-aof-rewrite-percentage",
    "auto-aof-rewrite-min-size", "maxmemory", "maxmemory-policy", "maxmemory-samples", "maxclients",
    "cluster-enabled", "cluster-config-file", "cluster-node-timeout", "replicaof", "replica-read-only",
    "lazyfree-lazy-eviction", "lazyfree-lazy-expire", "notify-keyspace-events", "rename-command", "include",
    "io-threads", "tls-port", "tls-cert-file", "tls-key-file", "aclfile", "user", "slowlog-log-slower-than",
    "latency-monitor-threshold", "activedefrag", "hz", "supervised", "pidfile",
];
