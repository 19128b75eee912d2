/// The word lists synthetic users and meetings draw from; fixed, so seeds stay reproducible.
enum SyntheticVocabulary {
    static let firstNames = [
        "Ada", "Grace", "Alan", "Katherine", "Edsger", "Barbara", "Donald", "Frances", "Linus", "Margaret",
        "Dennis", "Radia", "Ken", "Sophie", "Tim", "Hedy", "John", "Annie", "Guido", "Jean",
        "Bjarne", "Karen", "James", "Shafi", "Niklaus", "Lynn", "Leslie", "Adele", "Yukihiro", "Joan",
        "Whitfield", "Carol", "Ole", "Mary", "Chris", "Evelyn", "Anders", "Rosalind", "Brian", "Ida",
    ]
    static let lastNames = [
        "Lovelace", "Hopper", "Turing", "Johnson", "Dijkstra", "Liskov", "Knuth", "Allen", "Torvalds", "Hamilton",
        "Ritchie", "Perlman", "Thompson", "Wilson", "Berners-Lee", "Lamarr", "McCarthy", "Easley", "van Rossum", "Bartik",
        "Stroustrup", "Spärck Jones", "Gosling", "Goldwasser", "Wirth", "Conway", "Lamport", "Goldberg", "Matsumoto", "Clarke",
        "Diffie", "Shaw", "Dahl", "Keller", "Lattner", "Boyd", "Hejlsberg", "Picard", "Kernighan", "Rhodes",
    ]
    static let departments = ["Engineering", "Sales", "Marketing", "Support", "Finance", "People", "Legal", "Operations"]
    /// Hosts spread over several zones, so their working hours land at different times of the account's day.
    static let timeZones = [
        "America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/London",
        "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Sydney",
    ]
    static let meetingTopics = [
        "Weekly sync", "Standup", "Sprint planning", "Design review", "1:1", "Customer call", "Pipeline review",
        "Quarterly business review", "Interview", "Incident retro", "Onboarding", "Roadmap", "Budget check-in",
        "All hands prep", "Office hours", "Launch readiness", "Vendor demo", "Hiring debrief", "Training", "Brainstorm",
    ]
    static let webinarTopics = [
        "Product webinar", "Customer training", "Release walkthrough", "Partner briefing", "Town hall",
    ]
    static let guestDomains = ["example.org", "example.net", "customer.example", "partner.example"]
}
