variable "r" {
  default = "francecentral"
}
resource "azurerm_resource_group" "rg" {
  name     = "rg"
  location = var.r
}
