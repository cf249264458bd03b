import { useTranslation } from "react-i18next";
import type { ApiError } from "../../api/client.ts";

/** A refused write, in the reader's language (the server's message names each field), announced to screen readers. */
export const FormError = ({ error }: { error: ApiError | null }) => {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className="error">
      {error.status === 401 ? t("proposal.sign-in-again") : error.message}
    </p>
  );
};
