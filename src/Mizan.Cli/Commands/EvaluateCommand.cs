using System.CommandLine;
using System.Text;
using Mizan.Evaluation;
using Mizan.IO.Input;
using Mizan.Pipeline;

namespace Mizan.Cli.Commands;

/// <summary><c>mizan evaluate [--shared DIR] [--details]</c>: scores the development gold of <c>shared/eval</c>.</summary>
internal static class EvaluateCommand
{
    public const string Name = "evaluate";

    public static Command Create(CliConsole console)
    {
        var shared = new Option<string>("--shared")
        {
            HelpName = "DIR",
            Description = "The shared folder that holds eval/ (sentences in eval/gsr, gold articles in eval/articles).",
            DefaultValueFactory = _ => Path.Combine("..", "shared"),
        };
        var details = new Option<bool>("--details")
        {
            Description = "Also list every prediction of every gold article and every sentence error.",
        };
        var command = new Command(Name, "Run the development gold standards (shared/eval) through the pipeline and print the metrics of shared/eval/README.md: sentence detection precision, recall, F1 and false positives on 'difficult no'; article event precision, recall, F1, duplicates, and status, country, place, date and killed-claim accuracy.")
        {
            shared,
            details,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string folder = Path.Combine(parseResult.GetValue(shared) ?? Path.Combine("..", "shared"), "eval");
            EvaluationSuite suite;
            try
            {
                suite = new EvaluationSuite(folder, ReadArticles);
            }
            catch (DirectoryNotFoundException e)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            MizanEngine engine = MizanEngine.CreateDefault(console.Time);
            EvaluationResult result;
            try
            {
                result = await Task.Run(() => suite.Run(a => engine.Process(a, cancellationToken)), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            byte[] text = Encoding.UTF8.GetBytes(EvaluationReport.Format(result, parseResult.GetValue(details)));
            await console.Output.WriteAsync(text, cancellationToken).ConfigureAwait(false);
            await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads the articles of one input file as <c>extract</c> does; a bad record is an error here, not a skip.</summary>
    private static IEnumerable<Article> ReadArticles(string path)
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
