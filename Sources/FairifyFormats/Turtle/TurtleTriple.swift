import FairifyModel

/// A Turtle statement with where its subject and object tokens were written.
struct TurtleTriple {
    var subject: RDFGraphTerm
    var predicate: String
    var object: RDFGraphTerm
    var subjectPosition: SourcePosition
    var objectPosition: SourcePosition
}
