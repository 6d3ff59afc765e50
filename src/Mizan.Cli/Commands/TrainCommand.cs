using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using Mizan.Evaluation;
using Mizan.Resources;
using Mizan.Training;

namespace Mizan.Cli.Commands;

/// <summary>
/// <c>mizan train [--shared DIR] [--output DIR] [--seed N] [--cv K]</c>: rebuilds every learned model
/// of <c>data/models</c> from the gold of <c>shared/eval</c>, deterministically, with the
/// cross-validated figures in each file's header.
/// </summary>
internal static class TrainCommand
{
    public const string Name = "train";

    public static Command Create(CliConsole console)
    {
        var shared = EvaluateCommand.SharedOption();
        var output = new Option<string>("--output")
        {
            HelpName = "DIR",
            Description = "Where the model files are written (the repository's data/models, compiled into the next build).",
            DefaultValueFactory = _ => Path.Combine("data", "models"),
        };
        var seed = new Option<int>("--seed")
        {
            Description = "The seed of training and of the folds.",
            DefaultValueFactory = _ => TrainingSettings.Default.Seed,
        };
        var folds = new Option<int>("--cv")
        {
            HelpName = "K",
            Description = "Cross-validation folds for the figures in the files' headers; 0 skips it.",
            DefaultValueFactory = _ => 5,
        };
        var command = new Command(Name, "Train the learned models (data/models) from the gold of shared/eval with ML.NET, deterministically: the same gold, code and seed give the same weights. Each file's header says what data, commit, date and settings made it, and its cross-validated figures.")
        {
            shared,
            output,
            seed,
            folds,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            string sharedFolder = parseResult.GetValue(shared) ?? EvaluateCommand.DefaultShared;
            string evalFolder = Path.Combine(sharedFolder, "eval");
            int k = parseResult.GetValue(folds);
            if (k is 1 or < 0)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: --cv takes 0 (none) or at least 2 folds, not {k}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            EvaluationData data;
            try
            {
                data = EvaluationData.Load(evalFolder, EvaluateCommand.ReadArticles);
            }
            catch (Exception e) when (e is DirectoryNotFoundException or FileNotFoundException or InvalidDataException or IOException)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            var settings = TrainingSettings.Default with { Seed = parseResult.GetValue(seed) };
            var provenance = new TrainingProvenance(
                $"mizan train --seed {settings.Seed} --cv {k}",
                sharedFolder.Replace('\\', '/') + "/eval",
                DigestOf(evalFolder),
                CommitOf(),
                DateOnly.FromDateTime(console.Time.GetUtcNow().UtcDateTime));
            TrainingOutcome outcome = await Task.Run(
                () => TrainingRun.Run(data, LanguageResources.LoadEmbedded(models: false), settings, k, provenance, message => console.Error.WriteLine($"{MizanCli.Name}: {message}")),
                cancellationToken).ConfigureAwait(false);
            string folder = parseResult.GetValue(output) ?? Path.Combine("data", "models");
            try
            {
                foreach (string path in TrainingRun.Write(outcome.Models, folder))
                {
                    await console.Error.WriteLineAsync($"{MizanCli.Name}: wrote {path}").ConfigureAwait(false);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await console.Error.WriteLineAsync($"{MizanCli.Name}: {folder}: cannot write the models: {e.Message}").ConfigureAwait(false);
                return ExitCodes.Failure;
            }

            if (outcome.CrossValidated is { } cv)
            {
                foreach (string line in TrainingRun.Figures(cv))
                {
                    await console.Error.WriteLineAsync($"{MizanCli.Name}: {line}").ConfigureAwait(false);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>A SHA-256 digest of every gold file (names and bytes, in ordinal order of their paths).</summary>
    private static string DigestOf(string evalFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (string file in Directory.EnumerateFiles(evalFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(evalFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(evalFolder, file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The commit of the working copy (and whether it has uncommitted changes), or "unknown" outside a git checkout.</summary>
    private static string CommitOf()
    {
        string? head = Git("rev-parse HEAD");
        if (head is null)
        {
            return "unknown (not a git checkout)";
        }

        string? status = Git("status --porcelain --untracked-files=no");
        return string.IsNullOrWhiteSpace(status) ? head : head + " with uncommitted changes";
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return null;
            }

            string output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
