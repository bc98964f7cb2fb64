region = lower("EASTUS")
