region = "eastus"
