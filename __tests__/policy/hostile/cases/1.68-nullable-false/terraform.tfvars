region = null
