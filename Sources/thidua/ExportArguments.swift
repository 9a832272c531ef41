import ArgumentParser
import Documents

// The document and the format are typed on the command line as the Documents table names them,
// so `thidua export` has no list of its own to fall out of step.
extension ExportKind: ExpressibleByArgument {}
extension DocumentFormat: ExpressibleByArgument {}
