/// The fictional people, firms and vehicles generated cases are made of. Every name, address, account
/// number and VIN is invented; reports never show them, which is why cases carry them.
enum Cast {
    static let firstNames = [
        "Alex", "Bailey", "Cameron", "Dana", "Emerson", "Finley", "Harper", "Jamie", "Jordan", "Kendall", "Logan", "Morgan",
        "Parker", "Quinn", "Reese", "Riley", "Rowan", "Sawyer", "Skyler", "Taylor",
    ]
    static let lastNames = [
        "Alvarez", "Brennan", "Castillo", "Delgado", "Ellison", "Fontaine", "Garrity", "Hollister", "Ibarra", "Jessup", "Kowalski",
        "Lindqvist", "Montoya", "Nakamura", "Okafor", "Pruitt", "Quintero", "Rasmussen", "Solano", "Thackeray",
    ]
    static let streets = [
        "Alder St", "Birch Ave", "Cedar Ln", "Dogwood Dr", "Elm Ct", "Fir Way", "Juniper Rd", "Laurel Blvd", "Magnolia Pl",
    ]
    static let cities = [
        "Fresno", "Bakersfield", "Riverside", "Stockton", "Modesto", "Oxnard", "Fontana", "Ontario", "Salinas", "Visalia", "Pomona",
        "Sacramento",
    ]

    /// Repossession agencies: party id (what reports show), name, licence number.
    static let agencies: [(id: String, name: String, license: String)] = [
        ("rag-0412", "Golden Poppy Recovery", "0412"), ("rag-0587", "Sierra Asset Recovery", "0587"),
        ("rag-0633", "Central Valley Adjusters", "0633"), ("rag-0791", "Pacific Crest Recovery", "0791"),
        ("rag-0846", "Harbor Lights Towing and Recovery", "0846"), ("rag-0902", "Inland Empire Recovery Services", "0902"),
        ("rag-1017", "Redwood Collateral Recovery", "1017"), ("rag-1120", "Mission Bay Recovery", "1120"),
        ("rag-1245", "Sunset Coast Adjusters", "1245"), ("rag-1388", "High Desert Recovery", "1388"),
    ]
    /// Lenders and holders.
    static let holders = [
        "Example Auto Finance", "Poppy State Credit Union", "Coastline Motor Acceptance", "Valley Federal Credit Union",
        "Bayside Auto Credit", "Summit Lending Corp.",
    ]
    /// Third-party debt collectors.
    static let collectors = ["Sample Collection Services", "Example Receivables Group", "Placeholder Recovery Partners"]

    /// Collateral: kind, weight, descriptions.
    static let collateral: [(kind: String, weight: Int, descriptions: [String])] = [
        (
            "motor_vehicle", 80,
            [
                "2019 Honda Civic", "2020 Toyota Corolla", "2021 Ford F-150", "2018 Chevrolet Malibu", "2022 Nissan Altima",
                "2017 Toyota Camry", "2020 Hyundai Elantra", "2019 Ram 1500", "2021 Kia Sorento", "2018 Jeep Wrangler",
            ]
        ),
        ("motorcycle", 7, ["2021 Harley-Davidson Street Glide", "2020 Kawasaki Ninja 650", "2019 Honda Rebel 500"]),
        ("trailer", 4, ["2018 Forest River travel trailer", "2020 Keystone Cougar fifth wheel"]),
        ("boat", 5, ["2017 Bayliner VR5 bowrider", "2019 Sea Ray SPX 190"]),
        ("recreational_vehicle", 4, ["2016 Winnebago Vista", "2018 Thor Four Winds"]),
    ]

    /// The letters a VIN may use (no I, O or Q).
    static let vinAlphabet = Array("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")

    /// The nine items of a complete notice of intent to dispose (Cal. Civ. Code § 2983.2(a)(1)-(9)).
    static let noiItems = [
        "redemption_right_and_itemization", "reinstatement_terms_or_reasons", "extension_right_and_form", "return_place",
        "payee_name_and_address", "intent_to_dispose_date", "accounting_right", "deficiency_liability_notice", "post_disposition_interest",
    ]

    /// What the one-hour police report gives, in the statute's order (Cal. Veh. Code § 28(d)).
    static let policeReport = [
        "repossession_location", "repossession_date_time", "vehicle_year_make_model", "vin_last_six", "registered_owner", "legal_owner",
        "agency_name", "agency_phone",
    ]

    /// The notice of seizure (Cal. Bus. & Prof. Code § 7507.10).
    static let seizureNotice = [
        "legal_owner_contact", "agency_contact", "bsis_statement", "damage_liability_disclosure", "storage_charges_disclosure",
    ]

    /// The personal-effects inventory (Cal. Bus. & Prof. Code § 7507.9).
    static let inventory = [
        "inventory_date_time", "agency_name", "agency_address", "agency_business_hours", "agency_phone", "charges_itemization",
        "disposal_statement",
    ]

    /// The notification of disposition under Article 9 (Cal. Com. Code §§ 9613, 9614).
    static let dispositionNotification = [
        "debtor_and_secured_party", "collateral", "disposition_method", "accounting_right_and_charge", "disposition_time",
        "deficiency_liability", "redemption_amount_phone", "more_information_contact",
    ]

    /// The notice before disposing of a leased vehicle (Cal. Civ. Code § 2987(d)).
    static let leaseDisposition = [
        "sale_or_valuation_date", "amounts_claimed_itemization", "capitalized_cost_difference", "gross_early_termination_amount",
        "appraisal_statement",
    ]
}
