def sync_operation():
    time.sleep(1)  # Blocks for 1 second
    return "Done"
"
# Takes 3 seconds total
results = [sync_operation() for _ in range(3)]
