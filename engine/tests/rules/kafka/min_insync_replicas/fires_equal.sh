# A topic with as many required in-sync replicas as replicas: one broker down stops every acks=all write.
kafka-topics.sh --bootstrap-server kafka-1:9092 --create --topic payments --partitions 12 --replication-factor 3 --config min.insync.replicas=3
min.insync.replicas=3
