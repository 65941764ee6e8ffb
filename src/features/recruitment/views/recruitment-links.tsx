/** The recruitment section's own pages, as links at the top of each. */
export function RecruitmentLinks(props: { current: string; exportHref?: string }) {
  const links = [
    { href: '/recruitment', label: 'People' },
    { href: '/recruitment/panels', label: 'Panel meetings' },
    { href: '/recruitment/dashboard', label: 'Dashboard' },
  ];
  return (
    <nav aria-label="Recruitment">
      <p>
        {links.map((link, index) => (
          <span key={link.href}>
            {index > 0 ? ' · ' : ''}
            {link.href === props.current ? (
              <strong aria-current="page">{link.label}</strong>
            ) : (
              <a href={link.href}>{link.label}</a>
            )}
          </span>
        ))}
        {props.exportHref ? (
          <>
            {' · '}
            <a href={props.exportHref} download>
              Download as a spreadsheet (CSV)
            </a>
          </>
        ) : null}
      </p>
    </nav>
  );
}
