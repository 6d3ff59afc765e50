using System.CommandLine;
using System.Text;
using Mizan.Evaluation;
using Mizan.Events;
using Mizan.IO.Input;
using Mizan.Learning;
using Mizan.Pipeline;
using Mizan.Resources;
using Mizan.Training;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan evaluate [--shared DIR] [--details] [--cv K [--seed N | --seeds N,N,...]] [--rules-only]</c>:
/// scores the development gold of <c>shared/eval</c>, with the committed models, the rules alone, or
/// cross-validated (with several seeds: each run's headline figures and their means).
/// </summary>
internal static class EvaluateCommand
{
    public const string Name = "evaluate";

    public static Command Create(CliConsole console)
    {
        var shared = SharedOption();
        var details = new Option<bool>("--details")
        {
            Description = "Also list every prediction of every gold article and every sentence error.",
        };
        var folds = new Option<int>("--cv")
        {
            HelpName = "K",
            Description = "Cross-validate everything learned: deal the articles, the gsr sentences and the news sentences into K folds, train the models on K-1 folds, score the held-out fold, and report the figures of all held-out predictions. 0 (the default) scores the committed models.",
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of the folds and of training.",
            DefaultValueFactory = _ => TrainingSettings.Default.Seed,
        };
        var seeds = new Option<int[]>("--seeds")
        {
            HelpName = "N,N,...",
            Description = "With --cv: cross-validate once per seed (a different dealing of the folds and training seed each time) and print each run's headline figures and their mean, instead of one run's report. A change moves one run's figures by as much as the dealing does; judge it by the mean.",
            CustomParser = ParseSeeds,
            AllowMultipleArgumentsPerToken = true,
        };
        var rulesOnly = new Option<bool>("--rules-only")
        {
            Description = "Score the rules alone, without the learned models (for comparison).",
        };
        var command = new Command(Name, "Run the development gold standards (shared/eval) through the pipeline and print the metrics of shared/eval/README.md: sentence detection precision, recall, F1 (gsr and news sentences); article event precision, recall, F1, duplicates, and status, country, place, date, killed-claim and actor accuracy.")
        {
            shared,
            details,
            folds,
            seed,
            seeds,
            rulesOnly,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string folder = Path.Combine(parseResult.GetValue(shared) ?? DefaultShared, "eval");
            int k = parseResult.GetValue(folds);
            if (k is 1 or < 0)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: --cv takes 0 (no cross-validation) or at least 2 folds, not {k}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            if (k > 0 && parseResult.GetValue(rulesOnly))
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: --cv trains the learned models; --rules-only has none to cross-validate").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            int[]? seedList = parseResult.GetResult(seeds) is { Implicit: false } ? parseResult.GetValue(seeds) : null;
            if (seedList is not null && k == 0)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: --seeds cross-validates once per seed; give the number of folds with --cv").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            if (seedList is not null && parseResult.GetResult(seed) is { Implicit: false })
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: give either --seed or --seeds, not both").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            EvaluationSuite suite;
            try
            {
                suite = new EvaluationSuite(EvaluationData.Load(folder, ReadArticles));
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or IOException)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            if (seedList is not null)
            {
                var runs = new List<(int Seed, EvaluationResult Result)>();
                foreach (int s in seedList)
                {
                    await console.Error.WriteLineAsync($"{MizanCli.Name}: seed {s}").ConfigureAwait(false);
                    var seeded = TrainingSettings.Default with { Seed = s };
                    EvaluationResult run = await Task.Run(() => CrossValidate(suite, k, seeded, console, cancellationToken), cancellationToken).ConfigureAwait(false);
                    runs.Add((s, run));
                }

                await WriteAsync(console, SeedSummary.Format(runs), cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }

            EvaluationResult result;
            if (k == 0)
            {
                var options = new ExtractionOptions { RulesOnly = parseResult.GetValue(rulesOnly) };
                MizanEngine engine = MizanEngine.CreateDefault(console.Time, options);
                result = await Task.Run(() => suite.Run(a => engine.Process(a, cancellationToken)), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var settings = TrainingSettings.Default with { Seed = parseResult.GetValue(seed) };
                result = await Task.Run(() => CrossValidate(suite, k, settings, console, cancellationToken), cancellationToken).ConfigureAwait(false);
            }

            await WriteAsync(console, EvaluationReport.Format(result, parseResult.GetValue(details)), cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The folder of the shared data, by default beside the repository.</summary>
    public static string DefaultShared => Path.Combine("..", "shared");

    /// <summary>The <c>--shared</c> option.</summary>
    public static Option<string> SharedOption() => new("--shared")
    {
        HelpName = "DIR",
        Description = "The shared folder that holds eval/ (sentences in eval/gsr and eval/sentences, gold articles in eval/articles).",
        DefaultValueFactory = _ => DefaultShared,
    };

    private static EvaluationResult CrossValidate(EvaluationSuite suite, int folds, TrainingSettings settings, CliConsole console, CancellationToken cancellationToken)
    {
        var trainer = new ModelSetTrainer(LanguageResources.LoadEmbedded(models: false), suite.Data, settings, console.Time);
        return suite.CrossValidate(
            folds,
            settings.Seed,
            part =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                LearnedModels models = trainer.Train(part, []);
                MizanEngine engine = trainer.EngineWith(models, console.Time);
                return a => engine.Process(a, cancellationToken);
            },
            fold => console.Error.WriteLine($"{MizanCli.Name}: fold {fold} of {folds}"));
    }

    /// <summary>Writes a report to standard output as UTF-8 and flushes it.</summary>
    private static async Task WriteAsync(CliConsole console, string report, CancellationToken cancellationToken)
    {
        await console.Output.WriteAsync(Encoding.UTF8.GetBytes(report), cancellationToken).ConfigureAwait(false);
        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads <c>--seeds 11,22,33</c> (also <c>--seeds 11 22 33</c>): at least two distinct integers.</summary>
    private static int[]? ParseSeeds(System.CommandLine.Parsing.ArgumentResult result)
    {
        var values = new List<int>();
        foreach (System.CommandLine.Parsing.Token token in result.Tokens)
        {
            foreach (string part in token.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!int.TryParse(part, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value))
                {
                    result.AddError($"--seeds takes integers separated by commas, not '{part}'");
                    return null;
                }

                values.Add(value);
            }
        }

        if (values.Distinct().Count() < 2 || values.Distinct().Count() != values.Count)
        {
            result.AddError("--seeds takes at least two different seeds, each once (11,22,33)");
            return null;
        }

        return [.. values];
    }

    /// <summary>Reads the articles of one input file as <c>extract</c> does; a bad record is an error here, not a skip.</summary>
    public static IEnumerable<Article> ReadArticles(string path)
    {
        foreach (ReadResult result in new ArticleReader().ReadFile(path))
        {
            if (result.Error is { } error)
            {
                throw new InvalidDataException($"{error.File}:{error.Line}: {error.Message}");
            }

            yield return result.Article!;
        }
    }
}
