import ArgumentParser

extension ColorChoice: ExpressibleByArgument {}
