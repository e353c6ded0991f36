@_exported public import AIYearbookCore
