# Creating the orders topic with a single replica on a three-broker cluster.
kafka-topics.sh --bootstrap-server kafka-1:9092 --create --topic orders --partitions 6 --replication-factor 1
