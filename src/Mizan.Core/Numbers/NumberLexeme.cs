namespace Mizan.Numbers;

/// <summary>
/// An entry that can start a number expression: a number word, a modifier before a number,
/// a vague amount or a dual noun. The recogniser files them all in one phrase index so that
/// each token is looked up once.
/// </summary>
public abstract record NumberLexeme;
