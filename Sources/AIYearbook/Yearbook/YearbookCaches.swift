/// Values a yearbook computes on first use (the search index), shared by its
/// copies and safe to fill from several tasks at once.
final class YearbookCaches: Sendable {
  private let storage = Lock<[ObjectIdentifier: any Sendable]>([:])

  /// The cached value of type `Value`, made by `make` on first use.
  ///
  /// Two tasks asking at once may both run `make`; the first stored value wins.
  func value<Value: Sendable>(_ type: Value.Type = Value.self, make: () -> Value) -> Value {
    let key = ObjectIdentifier(Value.self)
    if let cached = storage.withLock({ $0[key] }) as? Value { return cached }
    let made = make()
    return storage.withLock { storage in
      if let existing = storage[key] as? Value { return existing }
      storage[key] = made
      return made
    }
  }
}
