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
    "SELECT", "PING", "ECHO", "SENTINEL", "AUTH", "HELLO", "QUIT", "CLIENT", "INFO", "DBSIZE", "FLUSHDB", "FLUSHALL", "SAVE",
    "BGSAVE", "BGREWRITEAOF", "LASTSAVE", "CONFIG", "MONITOR", "SLOWLOG", "MEMORY", "LATENCY", "TIME", "DEBUG",
    "SHUTDOWN", "REPLICAOF", "SLAVEOF", "CLUSTER", "READONLY", "WAIT", "ACL", "COMMAND", "SORT", "SWAPDB",
    // modules commonly taught
    "JSON.SET", "JSON.GET", "JSON.DEL", "FT.CREATE", "FT.SEARCH", "BF.ADD", "BF.EXISTS", "TS.ADD", "TS.RANGE",
];

/// Directives of Redis's stock redis.conf and sentinel.conf (active and
/// commented-out examples), the older `slave*`/`ziplist` spellings that
/// Redis still accepts, and `sentinel` itself; lower-case.
pub const DIRECTIVES: &[&str] = &[
    "include", "loadmodule", "bind", "bind-source-addr", "protected-mode", "enable-protected-configs",
    "enable-debug-command", "enable-module-command", "port", "tcp-backlog", "unixsocket", "unixsocketperm",
    "timeout", "tcp-keepalive", "tls-port", "tls-cert-file", "tls-key-file", "tls-key-file-pass",
    "tls-client-cert-file", "tls-client-key-file", "tls-client-key-file-pass", "tls-dh-params-file",
    "tls-ca-cert-file", "tls-ca-cert-dir", "tls-auth-clients", "tls-replication", "tls-cluster", "tls-protocols",
    "tls-ciphers", "tls-ciphersuites", "tls-prefer-server-ciphers", "tls-session-caching", "tls-session-cache-size",
    "tls-session-cache-timeout", "daemonize", "supervised", "pidfile", "loglevel", "logfile", "syslog-enabled",
    "syslog-ident", "syslog-facility", "crash-log-enabled", "crash-memcheck-enabled", "databases",
    "always-show-logo", "set-proc-title", "proc-title-template", "save", "stop-writes-on-bgsave-error",
    "rdbcompression", "rdbchecksum", "sanitize-dump-payload", "dbfilename", "rdb-del-sync-files", "dir",
    "replicaof", "masterauth", "masteruser", "replica-serve-stale-data", "replica-read-only", "repl-diskless-sync",
    "repl-diskless-sync-delay", "repl-diskless-sync-max-replicas", "repl-diskless-load", "repl-ping-replica-period",
    "repl-timeout", "repl-disable-tcp-nodelay", "repl-backlog-size", "repl-backlog-ttl", "replica-priority",
    "replica-announced", "min-replicas-to-write", "min-replicas-max-lag", "replica-announce-ip",
    "replica-announce-port", "tracking-table-max-keys", "user", "acllog-max-len", "aclfile", "requirepass",
    "acl-pubsub-default", "rename-command", "maxclients", "maxmemory", "maxmemory-policy", "maxmemory-samples",
    "maxmemory-eviction-tenacity", "replica-ignore-maxmemory", "active-expire-effort", "lazyfree-lazy-eviction",
    "lazyfree-lazy-expire", "lazyfree-lazy-server-del", "replica-lazy-flush", "lazyfree-lazy-user-del",
    "lazyfree-lazy-user-flush", "io-threads", "io-threads-do-reads", "oom-score-adj", "oom-score-adj-values",
    "disable-thp", "appendonly", "appendfilename", "appenddirname", "appendfsync", "no-appendfsync-on-rewrite",
    "auto-aof-rewrite-percentage", "auto-aof-rewrite-min-size", "aof-load-truncated", "aof-use-rdb-preamble",
    "aof-timestamp-enabled", "shutdown-timeout", "lua-time-limit", "busy-reply-threshold", "cluster-enabled",
    "cluster-config-file", "cluster-node-timeout", "cluster-port", "cluster-replica-validity-factor",
    "cluster-migration-barrier", "cluster-allow-replica-migration", "cluster-require-full-coverage",
    "cluster-replica-no-failover", "cluster-allow-reads-when-down", "cluster-allow-pubsubshard-when-down",
    "cluster-link-sendbuf-limit", "cluster-announce-hostname", "cluster-preferred-endpoint-type",
    "cluster-announce-ip", "cluster-announce-tls-port", "cluster-announce-port", "cluster-announce-bus-port",
    "slowlog-log-slower-than", "slowlog-max-len", "latency-monitor-threshold", "latency-tracking",
    "latency-tracking-info-percentiles", "notify-keyspace-events", "hash-max-listpack-entries",
    "hash-max-listpack-value", "list-max-listpack-size", "list-compress-depth", "set-max-intset-entries",
    "zset-max-listpack-entries", "zset-max-listpack-value", "hll-sparse-max-bytes", "stream-node-max-bytes",
    "stream-node-max-entries", "activerehashing", "client-output-buffer-limit", "client-query-buffer-limit",
    "maxmemory-clients", "proto-max-bulk-len", "hz", "dynamic-hz", "aof-rewrite-incremental-fsync",
    "rdb-save-incremental-fsync", "lfu-log-factor", "lfu-decay-time", "activedefrag", "active-defrag-ignore-bytes",
    "active-defrag-threshold-lower", "active-defrag-threshold-upper", "active-defrag-cycle-min",
    "active-defrag-cycle-max", "active-defrag-max-scan-fields", "jemalloc-bg-thread", "server_cpulist",
    "bio_cpulist", "aof_rewrite_cpulist", "bgsave_cpulist", "ignore-warnings", "sentinel", "locale-collate",
    "shutdown-on-sigint", "shutdown-on-sigterm", "propagation-error-behavior", "replica-ignore-disk-write-errors",
    "hide-user-data-from-log", "max-new-connections-per-cycle", "max-new-tls-connections-per-cycle",
    "cluster-slot-stats-enabled", "cluster-announce-human-nodename", "slave-serve-stale-data", "slave-read-only",
    "slaveof", "slave-priority", "list-max-ziplist-size", "hash-max-ziplist-entries", "hash-max-ziplist-value",
    "zset-max-ziplist-entries", "zset-max-ziplist-value",
];
