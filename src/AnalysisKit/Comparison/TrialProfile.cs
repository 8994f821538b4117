using AnalysisKit.Trials;

namespace AnalysisKit.Comparison;

/// <summary>
/// One trial lined up for comparison: design, population, treatment sequence with timing,
/// and every endpoint with its definition, response criteria, time origin and assessment
/// schedule, as its <c>trial.json</c> states them.
/// </summary>
/// <param name="Trial">Trial id.</param>
/// <param name="Design">Phase, arms and centres in one line.</param>
/// <param name="Population">The population as described, with printed characteristics.</param>
/// <param name="Sequence">The treatment steps in order, each with dose and timing.</param>
/// <param name="Patients">Enrolled / treated / evaluable, "not stated" where the paper is silent.</param>
/// <param name="Endpoints">The endpoints as defined by the paper.</param>
/// <param name="Figures">Printed population characteristics (BCLC mix, Child–Pugh, portal vein thrombosis, extrahepatic disease).</param>
public sealed record TrialProfile(
    string Trial, string Design, string Population, string Sequence, string Patients,
    IReadOnlyList<EndpointDefinition> Endpoints, IReadOnlyList<PopulationFigure> Figures);
