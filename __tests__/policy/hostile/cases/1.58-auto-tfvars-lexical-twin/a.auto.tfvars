region = "westus"
