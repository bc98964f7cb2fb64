region = "francecentral"
