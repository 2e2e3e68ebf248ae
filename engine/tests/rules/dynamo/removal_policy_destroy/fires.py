# CDK in Python: the same policy as a keyword argument.
from aws_cdk import RemovalPolicy, aws_dynamodb as dynamodb


class Items(Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        dynamodb.Table(self, "Items", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING), removal_policy=RemovalPolicy.DESTROY)
