/// An error from below the interface, as a test makes one up. The interface shows it through
/// `AppShared.errorWording`, whose plain default prints it after the catalogue's "Lỗi".
struct MadeUpError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
