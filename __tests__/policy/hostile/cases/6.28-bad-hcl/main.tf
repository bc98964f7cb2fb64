resource "azurerm_resource_group" "rg" {
  location = 
}
