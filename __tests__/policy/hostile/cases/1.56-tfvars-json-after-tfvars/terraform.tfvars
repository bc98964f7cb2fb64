region = "francesouth"
