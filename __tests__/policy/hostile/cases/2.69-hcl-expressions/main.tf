variable "r" {
  default = "EASTUS"
}
resource "azurerm_resource_group" "rg" {
  name     = "rg"
  location = lower(var.r)
}
