# A topic with one partition: a consumer group can only ever read it with one instance.
kafka-topics.sh --bootstrap-server kafka-1:9092 --create --topic audit.events --partitions 1 --replication-factor 3
