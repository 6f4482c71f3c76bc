/**
 * The partnership half of Råderum: KL's partnerships and their members, the temperature measurement (a survey across
 * roles with single-use codes and anonymous answers, interviews, and a council presentation), the six
 * recommendations as the council's action plan (also a section of the committee report), network meetings, the
 * practice library and the network view. The rules at this package's root ({@link dk.raaderum.partnership.SurveyResults},
 * {@link dk.raaderum.partnership.TemperatureText}, …) are free of Spring.
 */
package dk.raaderum.partnership;
