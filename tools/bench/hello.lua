-- hello: startup time
print("hello, world")
