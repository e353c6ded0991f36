/// What a built-in ``GroupingKey`` reads from a kind's columns.
enum GroupingColumn: Hashable, Sendable {
  /// The bucket of the start of the date at a precision.
  case time(PartialDate.Precision)
  /// A field's values.
  case field(RecordField)
}
