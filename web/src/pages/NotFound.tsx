import { Link } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';

export function NotFound() {
  useDocumentTitle('Page not found');
  return (
    <div>
      <h1>Page not found</h1>
      <p>
        Nothing lives at this address. <Link to="/">Search the portal</Link>.
      </p>
    </div>
  );
}
