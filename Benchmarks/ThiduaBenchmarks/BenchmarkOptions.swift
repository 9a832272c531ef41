/// A benchmark command's options: `--name value` pairs and `--flag`s; anything else is refused
/// (the command then prints its usage).
struct BenchmarkOptions {
    private var values: [String: String] = [:]
    private var flags: Set<String> = []

    /// nil when an argument is neither one of `valued` followed by its value nor one of `flags`.
    init?(_ arguments: [String], valued: Set<String>, flags allowed: Set<String>) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if allowed.contains(argument) {
                flags.insert(argument)
                index += 1
            } else if valued.contains(argument), index + 1 < arguments.count {
                values[argument] = arguments[index + 1]
                index += 2
            } else {
                return nil
            }
        }
    }

    func has(_ flag: String) -> Bool { flags.contains(flag) }

    func text(_ name: String) -> String? { values[name] }

    /// The option's whole number, `fallback` when it is not given; nil when it is given and is
    /// not a whole number of at least `minimum`.
    func number(_ name: String, default fallback: Int, minimum: Int = 1) -> Int? {
        guard let value = values[name] else { return fallback }
        return Int(value).flatMap { $0 >= minimum ? $0 : nil }
    }
}
