/** The references a rename rewrites or a removal breaks, under a sentence that says which. */
export function RefList({ intro, refs }: { intro: string; refs: string[] }) {
  return (
    <>
      <p>{intro}</p>
      <ul className="ref-list">
        {refs.map((ref) => (
          <li key={ref}>
            <code>{ref}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
