# confluent-kafka: the default auto-commit commits on a timer, processed or not.
from confluent_kafka import Consumer

c = Consumer({"bootstrap.servers": "kafka-1:9092", "group.id": "billing", "auto.offset.reset": "earliest"})
