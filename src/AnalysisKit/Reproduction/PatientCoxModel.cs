using AnalysisKit.Reconstruction;
using AnalysisKit.Survival.Cox;
using AnalysisKit.Trials;

namespace AnalysisKit.Reproduction;

/// <summary>
/// A Cox model (<see cref="CoxModel"/>, R's <c>coxph</c>) on a trial's patient-level data
/// (<see cref="PatientData"/>, <c>ipd.csv</c>): one endpoint in months against baseline
/// columns, each a categorical covariate compared with its first level, as
/// <c>coxph(Surv(os_months, os_event) ~ Sex + BCLC)</c> with the columns as factors. When the
/// patients are synthetic (<see cref="PatientData.IsSynthetic"/>) the fit carries the warning of
/// <see cref="SyntheticDataWarnings.Cox"/> among its <see cref="CoxFit.Warnings"/>, so that its
/// display, HTML and text, says what the published tables do not identify.
/// </summary>
public static class PatientCoxModel
{
    private const string Months = "months";

    /// <summary>Fits the model.</summary>
    /// <param name="trial">The trial whose <c>ipd.csv</c> is read.</param>
    /// <param name="endpoint">Endpoint abbreviation with a time column in months, such as OS or PFS.</param>
    /// <param name="covariates">Baseline columns (named as <see cref="PatientData.HasColumn"/> allows), in the order their terms are listed.</param>
    /// <param name="options">Ties and iteration settings; <see cref="CoxOptions.Default"/> when null.</param>
    /// <exception cref="InvalidOperationException">The trial folder has no <c>ipd.csv</c>.</exception>
    /// <exception cref="ArgumentException">An endpoint or column the file does not hold, an empty cell, or what <see cref="CoxModel.Fit"/> rejects.</exception>
    public static CoxFit Fit(Trial trial, string endpoint, IReadOnlyList<string> covariates, CoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentException.ThrowIfNullOrWhiteSpace(endpoint);
        ArgumentNullException.ThrowIfNull(covariates);
        var patients = PatientData.Of(trial)
            ?? throw new InvalidOperationException($"The trial {trial.Id} has no patient-level data ({PatientData.FileName}) in {trial.Folder}.");
        var (time, events) = patients.Endpoint(endpoint, Months) ?? throw new ArgumentException(
            $"{patients.File} has no {endpoint} in {Months}; its endpoints in {Months} are {string.Join(", ", patients.EndpointsInMonths)}.", nameof(endpoint));
        var missing = covariates.FirstOrDefault(c => !patients.HasColumn(c));
        if (missing is not null)
            throw new ArgumentException($"{patients.File} has no column '{missing}'.", nameof(covariates));
        var fit = CoxModel.Fit(time, events, covariates.Select(c => CoxCovariate.Categorical(c, patients.Cells(c))).ToList(), options: options);
        return patients.IsSynthetic ? SyntheticDataWarnings.OnSyntheticPatients(fit) : fit;
    }
}
