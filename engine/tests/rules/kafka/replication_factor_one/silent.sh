# Three replicas per partition; describing a topic does not create anything.
kafka-topics.sh --bootstrap-server kafka-1:9092 --create --topic orders --partitions 6 --replication-factor 3 --config min.insync.replicas=2
kafka-topics.sh --bootstrap-server kafka-1:9092 --describe --topic orders
