# confluent-kafka: offsets are stored after processing, the timer commits only those.
from confluent_kafka import Consumer

conf = {
    "bootstrap.servers": "kafka-1:9092",
    "group.id": "billing",
    "enable.auto.offset.store": False,
}
c = Consumer(conf)
while True:
    msg = c.poll(1.0)
    if msg is None:
        continue
    handle(msg)
    c.store_offsets(msg)
