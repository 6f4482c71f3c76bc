/**
 * The jobcentre's collaboration with companies (virksomhedsservice, recommendation 3): companies by CVR number,
 * contacts and visits, partnership agreements with social-responsibility terms, inquiries with the time they were
 * answered, and placements (løntilskud, virksomhedspraktik, fleksjob, ordinary job) linked to a citizen only through
 * the progression record. Imported from the CRM's CSV export or entered in the UI, and turned into monthly indicators
 * ({@link dk.raaderum.company.CompanyIndicators}) so the plan can set goals on them. The rules
 * ({@link dk.raaderum.company.Cvr}, {@link dk.raaderum.company.CompanyFigures}) are free of Spring.
 */
package dk.raaderum.company;
