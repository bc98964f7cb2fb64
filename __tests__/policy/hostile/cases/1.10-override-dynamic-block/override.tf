resource "azurerm_cosmosdb_account" "c" {
  dynamic "geo_location" {
    for_each = [1]
    content {
      location          = "eastus"
      failover_priority = 0
    }
  }
}
